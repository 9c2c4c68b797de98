package vn.lienket.workbook.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of each cell style of a styles part ({@code xl/styles.xml}), by style index: the
 * workbook's own formats ({@code <numFmts>}) and Excel's built-in ones by id. Read with the same StAX
 * parser as the sheets, by local name, so strict OOXML styles read too.
 */
final class CellStyleFormats {

    private CellStyleFormats() {
    }

    static List<String> read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = SpreadsheetXml.open(in, SpreadsheetXml.EXCEL_CELL_CHARS);
        try {
            Map<Integer, String> custom = new HashMap<>();
            List<String> byStyle = new ArrayList<>();
            boolean inCellStyles = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("numFmt".equals(name)) {
                        custom.put(id(xml), xml.getAttributeValue(null, "formatCode"));
                    } else if ("cellXfs".equals(name)) {
                        inCellStyles = true;
                    } else if (inCellStyles && "xf".equals(name)) {
                        int id = id(xml);
                        byStyle.add(custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    break;
                }
            }
            return byStyle;
        } finally {
            xml.close();
        }
    }

    private static int id(XMLStreamReader xml) throws XMLStreamException {
        String id = xml.getAttributeValue(null, "numFmtId");
        try {
            return id == null ? 0 : Integer.parseInt(id.trim());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("number format id \"" + id + "\" is not a number");
        }
    }
}
