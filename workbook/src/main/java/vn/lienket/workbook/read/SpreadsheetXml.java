package vn.lienket.workbook.read;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * What the .xlsx parts share: one StAX parser (aalto, the fastest measured here; no DTDs, no
 * external entities) and SpreadsheetML's rich text, the content of a shared string ({@code <si>}) and
 * of an inline string ({@code <is>}) alike. Elements are matched by local name, so strict OOXML
 * files (another namespace) read the same.
 */
final class SpreadsheetXml {

    /** Excel's own limit of one cell's text: the bound for parts that hold no cell (styles, the workbook part). */
    static final int EXCEL_CELL_CHARS = 32_767;

    private static final XMLInputFactory FACTORY = newFactory();

    private SpreadsheetXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /**
     * A parser over a part in which no text, attribute, CDATA section or comment may be longer than
     * a cell of {@code maxCellChars} characters can be ({@link MarkupRunLimit}; beyond it the file is
     * {@link UnreadableReason#TOO_LARGE}): aalto buffers each of them whole and has no limit of its own.
     */
    static XMLStreamReader2 open(InputStream in, int maxCellChars) throws XMLStreamException {
        return (XMLStreamReader2) FACTORY.createXMLStreamReader(new MarkupRunLimit(in, maxCellChars));
    }

    /**
     * The text of the element whose start tag was just read, up to its end tag, refused as
     * {@link UnreadableReason#TOO_LARGE} as soon as it passes {@code maxChars}: unlike
     * {@code getElementText}, it never gathers more than one parser event beyond the limit.
     */
    static String elementText(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        String text = "";
        StringBuilder joined = null;
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (joined == null && text.isEmpty()) {
                        text = text(xml);
                        requireWithin(text.length(), maxChars);
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(text);
                        }
                        joined.append(text(xml));
                        requireWithin(joined.length(), maxChars);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return joined == null ? text : joined.toString();
                }
                case XMLStreamConstants.START_ELEMENT ->
                        throw new XMLStreamException("an element inside text", xml.getLocation());
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    /**
     * Reads from just after the start tag of a rich-text element ({@code <si>} or {@code <is>}) to
     * its end tag: the text of its {@code <t>} elements, directly or in runs ({@code <r>}), in order,
     * {@linkplain #decode decoded}. Phonetic runs ({@code <rPh>}, East Asian reading hints) are not
     * part of the text Excel shows and are skipped. Text longer than {@code maxChars} makes the file
     * {@link UnreadableReason#TOO_LARGE} (Excel itself stops at 32,767 characters a cell).
     */
    static String richText(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        String text = null;
        StringBuilder joined = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    String part = elementText(xml, maxChars);
                    if (text == null) {
                        text = part;
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(text);
                        }
                        joined.append(part);
                    }
                    requireWithin(joined == null ? text.length() : joined.length(), maxChars);
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
            return decode(joined.toString());
        }
        return text == null ? "" : decode(text);
    }

    /** A cell's text, refused as {@link UnreadableReason#TOO_LARGE} beyond {@code maxChars}. */
    static String cellText(String raw, int maxChars) {
        requireWithin(raw.length(), maxChars);
        return decode(raw);
    }

    private static void requireWithin(int length, int maxChars) {
        if (length > maxChars) {
            throw new UnreadableWorkbookException(UnreadableReason.TOO_LARGE,
                    String.format("a cell holds more than %,d characters", maxChars), null);
        }
    }

    /**
     * SpreadsheetML writes characters XML cannot carry (control characters, lone surrogates) as
     * {@code _xHHHH_}, and a literal {@code _x} as {@code _x005F_x}; Excel shows the decoded text,
     * so the check must read it too. Control characters other than tab and line break are dropped:
     * no cell a person types holds them, and they would travel on into reports and mails.
     */
    static String decode(String text) {
        int escape = text.indexOf("_x");
        if (escape < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (escape >= 0) {
            int code = escape + 7 <= text.length() && text.charAt(escape + 6) == '_' ? hex(text, escape + 2) : -1;
            if (code < 0) {
                escape = text.indexOf("_x", escape + 1);
                continue;
            }
            out.append(text, copied, escape);
            if (code >= 0x20 || code == '\t' || code == '\n') {
                out.append((char) code);
            }
            copied = escape + 7;
            escape = text.indexOf("_x", copied);
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The four hex digits at {@code from}, or -1. */
    private static int hex(String text, int from) {
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /**
     * The current text event's text. aalto reads it only when asked (lazy parsing), and as
     * {@code getText} may not throw XMLStreamException it wraps one in an unchecked exception: this
     * unwraps it, so a damaged part or a zip bomb met in the middle of a text is reported as such.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.getText();
        } catch (UncheckedStreamException e) {
            throw (XMLStreamException) e.getCause();
        }
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
