package vn.lienket.workbook.read;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the workbook part ({@code xl/workbook.xml}) says about reading the sheets: each sheet's name
 * and the id of its relationship, in workbook order, and whether dates count from 1904. The
 * relationship id is the {@code id} attribute of the relationships namespace, transitional or strict.
 */
record WorkbookXml(Map<String, String> sheetRelationships, boolean date1904) {

    static WorkbookXml read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = SpreadsheetXml.open(in, SpreadsheetXml.EXCEL_CELL_CHARS);
        try {
            Map<String, String> sheets = new LinkedHashMap<>();
            boolean date1904 = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    } else if ("sheet".equals(name)) {
                        sheets.put(xml.getAttributeValue(null, "name"), relationshipId(xml));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "sheets".equals(xml.getLocalName())) {
                    break;
                }
            }
            return new WorkbookXml(sheets, date1904);
        } finally {
            xml.close();
        }
    }

    private static String relationshipId(XMLStreamReader xml) throws XMLStreamException {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && namespace.endsWith("/relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        throw new XMLStreamException("sheet " + xml.getAttributeValue(null, "name") + " has no relationship id");
    }
}
