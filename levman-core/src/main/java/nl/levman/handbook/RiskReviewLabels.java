package nl.levman.handbook;

/** The step texts of the periodic supplier risk review: Dutch verbatim from the handbook (the lost arrow glyph written as →), English translated. */
final class RiskReviewLabels {
  private RiskReviewLabels() {}

  static final String NL_14 = "Einde proces";
  static final String EN_14 = "End of process";

  /** The Dutch labels, verbatim from the handbook; the English ones translate them. */
  static final String NL_1 = """
            In de Levman Jaarkalender staat wanneer het tijd is voor de periodieke review van leverancier gerelateerde risico’s. Eén van de CMs van Levman is verantwoordelijk voor het coördineren van deze periodieke review, de zgn. ‘coördinerende CM’.

            In essentie beantwoordt de review deze twee vragen: Is de continuering van de dienstverlening of de informatieveiligheid mogelijk serieus/structureel in gevaar? Wat zijn mogelijke mitigaties?""";
  static final String EN_1 = """
            The Levman annual calendar (Jaarkalender) says when the periodic review of supplier-related risks is due. One of Levman's contract managers coordinates this periodic review: the 'coordinating CM'.

            In essence the review answers two questions: Is the continuity of the service or information security possibly seriously or structurally at risk? What are possible mitigations?""";
  static final String NL_2 = """
            De coördinerende CM bepaalt op basis van de afspraken in het Levman Handboek welke leveranciers in deze review worden bekeken. Dit zijn de leveranciers met het hoogste afbreukrisico voor de organisatie.
            Let op: Het kan zijn dat een collega CM een van deze hoog risico leveranciers onder zijn/haar hoede heeft. Dan wordt deze collega CM natuurlijk ook bij alle volgende stappen betrokken.""";
  static final String EN_2 = """
            The coordinating CM determines, on the basis of the agreements in the Levman handbook, which suppliers are looked at in this review: the suppliers with the highest risk of harm to the organisation.
            Note: a colleague CM may be responsible for one of these high-risk suppliers. That colleague CM is then of course involved in all following steps.""";
  static final String NL_3 = """
            De CM die als CM verantwoordelijk is voor de betreffende hoog risico leverancier, vult samen met de Diensteigenaar en de SLM het Leverancier Risicoprofiel in. Ook de gewenste mitigatie acties worden bepaald. Indien nodig worden andere relevante stakeholders betrokken, zoals bijvoorbeeld de productmanager.

            De coördinerende CM zorgt ervoor dit voor elke in stap 2 geselecteerde leverancier gebeurt.""";
  static final String EN_3 = """
            The CM responsible for the high-risk supplier fills in the supplier risk profile together with the service owner and the SLM. The desired mitigation actions are determined as well. Other relevant stakeholders, such as the product manager, are involved where needed.

            The coordinating CM makes sure this happens for every supplier selected in step 2.""";
  static final String NL_4 = """
            De coördinerende CM plant een meeting met het MT, en alle betrokken Diensteigenaren en CMs.""";
  static final String EN_4 = """
            The coordinating CM plans a meeting with the MT and all service owners and CMs involved.""";
  static final String NL_5 = """
            In deze review meeting wordt de status van de Leverancier Risicoprofielen gepresenteerd aan het MT, inclusief de voorgestelde mitigatie acties.
            Hierbij zijn de betrokken CMs en Diensteigenaren aanwezig.""";
  static final String EN_5 = """
            In this review meeting the status of the supplier risk profiles is presented to the MT, including the proposed mitigation actions.
            The CMs and service owners involved attend.""";
  static final String NL_6 = """
            Het MT besluit tot het wel of niet nemen van  mitigatie acties.
            Ja → 7
            Nee → 13""";
  static final String EN_6 = """
            The MT decides whether or not to take mitigation actions.
            Yes → 7
            No → 13""";
  static final String NL_7 = """
            De CM zorgt voor een update van elk Leverancier Risicoprofiel n.a.v. de review meeting met het MT. Daarna zorgt hij/zij voor het opvolgen van alle afgesproken mitigatie acties door de relevante stakeholders.

            De coördinerende CM zorgt ervoor dit voor elke in stap 2 geselecteerde leverancier gebeurt. Hij/zij houdt overzicht over het totaal.""";
  static final String EN_7 = """
            The CM updates each supplier risk profile after the review meeting with the MT, and then has all agreed mitigation actions followed up by the relevant stakeholders.

            The coordinating CM makes sure this happens for every supplier selected in step 2 and keeps the overview of the whole.""";
  static final String NL_8 = """
            De CM communiceert regelmatig status updates aan de Diensteigenaar, de SLM, en ook aan de in stap 7 betrokken stakeholders. De frequentie en de manier waarop wordt gezamenlijk bepaald naar eigen inzicht.""";
  static final String EN_8 = """
            The CM regularly communicates status updates to the service owner, the SLM and the stakeholders involved in step 7. How often and how is decided together.""";
  static final String NL_9 = """
            De Diensteigenaar besluit in de loop van de tijd of een mitigatie actie is afgerond op basis van de ontvangen status updates.
            Ja → 10
            Nee → 7""";
  static final String EN_9 = """
            Over time the service owner decides, from the status updates received, whether a mitigation action is completed.
            Yes → 10
            No → 7""";
  static final String NL_10 = """
            Vanuit Contractmanagement wordt het eindresultaat van de afgeronde mitigatie acties teruggekoppeld aan het MT. De Diensteigenaren zijn hierbij betrokken.

            Hoe en door wie dit gebeurd is aan contractmanagement. Koppelt iedere CM apart de status terug aan het MT, of wordt er e.e.a. gebundeld door de coördinerende CM? Komt er een aparte meeting met het MT, of een jaarlijkse management rapportage? Dit bepaalt Contractmanagement naar eigen inzicht.""";
  static final String EN_10 = """
            Contract management reports the end result of the completed mitigation actions back to the MT, with the service owners involved.

            How and by whom is up to contract management: does each CM report to the MT separately, or does the coordinating CM bundle it? A separate meeting with the MT, or an annual management report? Contract management decides.""";
  static final String NL_11 = """
            Het MT besluit of de mitigatie acties hiermee zijn afgerond.
            Ja → 12
            Nee → 7""";
  static final String EN_11 = """
            The MT decides whether the mitigation actions are thereby completed.
            Yes → 12
            No → 7""";
  static final String NL_12 = """
            De CM koppelt terug aan de Diensteigenaar en de SLM welke mitigatie acties definitief zijn afgerond.

            De coördinerende CM zorgt ervoor dit voor elke in stap 2 geselecteerde leverancier gebeurt. Hij/zij houdt overzicht over het totaal.""";
  static final String EN_12 = """
            The CM reports back to the service owner and the SLM which mitigation actions are definitively completed.

            The coordinating CM makes sure this happens for every supplier selected in step 2 and keeps the overview of the whole.""";
  static final String NL_13 = """
            De CM archiveert op SharePoint Levman:
            · Elk definitief ingevuld Leverancier Risicoprofiel zoals besproken in de review meeting met het MT.
            · De afgesproken en afgesloten mitigatie acties, inclusief status updates.

            De coördinerende CM zorgt ervoor dit voor elke in stap 2 geselecteerde leverancier gebeurt. Hij/zij houdt overzicht over het totaal.""";
  static final String EN_13 = """
            The CM archives on SharePoint Levman:
            · every final supplier risk profile as discussed in the review meeting with the MT;
            · the agreed and closed mitigation actions, including status updates.

            The coordinating CM makes sure this happens for every supplier selected in step 2 and keeps the overview of the whole.""";}
