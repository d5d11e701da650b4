package nl.levman.handbook;

/** The step texts of Service Level Management: Dutch verbatim from the handbook (the export's arrow "à" written as →), English translated. */
final class SlmLabels {
  private SlmLabels() {}

  /** The Dutch labels, verbatim from the handbook; the English ones translate them. */
  static final String NL_1 = """
            Na afloop van een aanbesteding is er een overdracht van Inkoop / Inkoop EA naar de SLM. De laatste ontvangt dan een getekende versie van de SLA en overige relevante contract- en aanbestedingsdocumenten.
            Op dat moment neemt de SLM de verantwoordelijkheid voor de SLA over.""";
  static final String EN_1 = """
            After a tender, Procurement (Inkoop / Inkoop EA) hands over to the SLM, who receives a signed version of the SLA and the other relevant contract and tender documents.
            From that moment the SLM takes over responsibility for the SLA.""";
  static final String NL_2 = """
            SLM zorgt ervoor dat de contractueel vastgelegde overleggen worden ingepland met de Leverancier, en dat overige gewenste overleggen intern ook worden ingepland.""";
  static final String EN_2 = """
            The SLM makes sure that the meetings laid down in the contract are scheduled with the supplier, and that other desired internal meetings are scheduled too.""";
  static final String NL_3 = """
            Parallel aan stap 2 start de SLM het Service Level management op, conform de SLA en DAP.""";
  static final String EN_3 = """
            In parallel with step 2 the SLM starts service level management, according to the SLA and DAP.""";
  static final String NL_4 = """
            Indien een DAP gewenst is, is er in de voorgaande processtappen al een concept voor opgesteld. De SLM stemt dit concept verder af met de gekozen Leverancier. Dit gebeurt in samenspraak met de Diensteigenaar en andere relevante stakeholders. Denk hierbij aan o.a. aan afstemming van de ITIL processen, proces interfaces, en de contactenmatrix.
            De SLM verzendt dit DAP voorstel naar de Leverancier voor akkoord.""";
  static final String EN_4 = """
            If a DAP is wanted, a concept was drawn up in the preceding steps. The SLM aligns this concept further with the chosen supplier, together with the service owner and other relevant stakeholders: for example the alignment of the ITIL processes, process interfaces and the contact matrix.
            The SLM sends this DAP proposal to the supplier for approval.""";
  static final String NL_5 = """
            De Leverancier beoordeelt de DAP.
            Akkoord → naar stap 6
            Niet akkoord → naar stap 4""";
  static final String EN_5 = """
            The supplier assesses the DAP.
            Approved → to step 6
            Not approved → to step 4""";
  static final String NL_6 = """
            Zodra het DAP akkoord is, zorgt de SLM voor ondertekening door de Diensteigenaar en archivering in het Contractregister. E.e.a. conform de ‘Levman handleiding contract documentatie’""";
  static final String EN_6 = """
            Once the DAP is approved, the SLM has it signed by the service owner and archived in the contract register, according to the 'Levman contract documentation guideline'.""";
  static final String NL_7 = """
            De SLM stelt de gewenste SLR op, met daarin de KPIs die zijn afgesproken in de SLA, In een leesbaar format, en zoveel mogelijk aansluitend bij de routine manier van rapporten van de Leverancier. Uiteindelijk komen de SLM en de Leverancier een eerste SLR qua inhoud en format overeen.""";
  static final String EN_7 = """
            The SLM draws up the desired SLR with the KPIs agreed in the SLA, in a readable format and as close as possible to the supplier's routine way of reporting. In the end the SLM and the supplier agree on the content and format of a first SLR.""";
  static final String NL_8 = """
            De Leverancier stelt een eerste SLR op en verzendt deze naar de SLM""";
  static final String EN_8 = """
            The supplier draws up a first SLR and sends it to the SLM.""";
  static final String NL_9 = """
            De SLM beoordeelt de SLR.
            Akkoord → naar stap 10
            Niet akkoord → naar stap 7""";
  static final String EN_9 = """
            The SLM assesses the SLR.
            Approved → to step 10
            Not approved → to step 7""";
  static final String NL_10 = """
            De Diensteigenaar (soms gedelegeerd productmanager) beoordeelt de SLR.
            Akkoord → naar stap 11
            Niet akkoord → naar stap 7""";
  static final String EN_10 = """
            The service owner (sometimes delegated to a product manager) assesses the SLR.
            Approved → to step 11
            Not approved → to step 7""";
  static final String NL_11 = """
            SLM regelt in dat de Leverancier de SLR periodiek opstuurt.""";
  static final String EN_11 = """
            The SLM arranges that the supplier sends the SLR periodically.""";
  static final String NL_12 = """
            De Leverancier stelt de periodiek de SLR op met de overeengekomen inhoud en in het afgesproken format.""";
  static final String EN_12 = """
            The supplier periodically draws up the SLR with the agreed content in the agreed format.""";
  static final String NL_13 = """
            Aan de hand van de ontvangen SLRs wordt de performance van de dienstverlening gemonitord door de SLM.""";
  static final String EN_13 = """
            The SLM monitors the performance of the service from the SLRs received.""";
  static final String NL_14 = """
            SLM beoordeelt of de geleverde performance voldoende is.

            De performance van de leverancier wordt regulier met Diensteigenaar (soms gedelegeerd aan bijvoorbeeld een productmanager) besproken.

            Echter, in geval van slechte performance door een Leverancier wordt er niet gewacht op het regulieroverleg. In dat geval wordt de performance in een ad hoc overleg besproken.

            Ja → naar stap 16
            Nee → naar stap 15""";
  static final String EN_14 = """
            The SLM assesses whether the performance delivered is sufficient.

            The supplier's performance is discussed regularly with the service owner (sometimes delegated, e.g. to a product manager).

            However, on bad performance by a supplier there is no waiting for the regular meeting: the performance is then discussed in an ad hoc meeting.

            Yes → to step 16
            No → to step 15""";
  static final String NL_15 = """
            Er wordt besloten tot bijsturen d.m.v. extra overleggen, een service improvement plan (SIP), een aanpassing in de SLA, een escalatie of boetes. Dit gebeurt in overleg met de Diensteigenaar en indien gewenst met andere relevante stakeholders zoals bijvoorbeeld de productmanager.""";
  static final String EN_15 = """
            It is decided to steer by means of extra meetings, a service improvement plan (SIP), a change of the SLA, an escalation or penalties. This happens in consultation with the service owner and, if desired, other relevant stakeholders such as the product manager.""";
  static final String NL_16 = """
            De dienstverlening loopt zoals gewenst. Er is geen directe actie nodig. De oude SLR wordt gearchiveerd.
            Bij de volgende SLR wordt er weer een nieuwe beoordeling van de performance gedaan, zie stap 13. Dit gaat door tot aan het eind van de looptijd van de SLA.""";
  static final String EN_16 = """
            The service runs as desired; no direct action is needed. The old SLR is archived.
            With the next SLR the performance is assessed anew, see step 13. This continues until the end of the SLA's term.""";
  static final String NL_17 = """
            De SLM signaleert in de loop van de tijd of er aanpassingen nodig zijn aan de SLA, DAP of de SLR om de aansluiting op de business requirements zo goed mogelijk te houden. Dit kan een aanpassing van de KPIs betekenen, maar een ander voorbeeld is een wijziging in de communicatie matrix.

            De SLM zorgt ervoor dat, indien van toepassing, de gewijzigde document wordt ondertekend door de leverancier en door de Diensteigenaar (tenzij de dan geldige Mandaatlijst anders voorschrijft).

            Hij/zij zorgt ervoor dat aangepaste documenten worden gearchiveerd conform de ‘Levman handleiding contract documentatie’""";
  static final String EN_17 = """
            Over time the SLM signals whether the SLA, DAP or SLR need changes to keep them aligned with the business requirements as well as possible. This can mean a change of the KPIs; another example is a change in the communication matrix.

            The SLM makes sure that, where applicable, the changed document is signed by the supplier and by the service owner (unless the Mandaatlijst in force prescribes otherwise).

            They make sure that changed documents are archived according to the 'Levman contract documentation guideline'.""";
  static final String NL_18 = """
            De SLM start proces 8 ‘Verlenging/Einde Contract.""";
  static final String EN_18 = """
            The SLM starts process 8 'Renewal/End of contract'.""";}
