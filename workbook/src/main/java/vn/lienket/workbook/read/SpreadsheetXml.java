package vn.lienket.workbook.read;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * What the .xlsx parts share: one StAX parser (aalto, the fastest measured here; no DTDs, no
 * external entities) and SpreadsheetML's rich text, the content of a shared string ({@code <si>}) and
 * of an inline string ({@code <is>}) alike. Elements are matched by local name, so strict OOXML
 * files (another namespace) read the same.
 */
final class SpreadsheetXml {

    private static final XMLInputFactory FACTORY = newFactory();

    private SpreadsheetXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * Reads from just after the start tag of a rich-text element ({@code <si>} or {@code <is>}) to
     * its end tag: the text of its {@code <t>} elements, directly or in runs ({@code <r>}), in order.
     * Phonetic runs ({@code <rPh>}, East Asian reading hints) are not part of the text Excel shows and
     * are skipped.
     */
    static String richText(XMLStreamReader xml) throws XMLStreamException {
        String text = null;
        StringBuilder joined = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    String part = xml.getElementText();
                    if (text == null) {
                        text = part;
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(text);
                        }
                        joined.append(part);
                    }
                } else if ("rPh".equals(name)) {
                    skipElement(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (joined != null) {
            return joined.toString();
        }
        return text == null ? "" : text;
    }

    /** From just after a start tag to just after its end tag, whatever is inside. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
