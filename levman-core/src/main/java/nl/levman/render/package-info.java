/** Renderings of a process definition: the handbook's step table (nl/en), JSON, a Mermaid flowchart and BPMN 2.0 XML. */
package nl.levman.render;
