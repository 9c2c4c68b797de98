package vn.lienket.workbook.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-written .xlsx packages of one sheet, for what no library writes (strict OOXML, rows out of order). */
public final class MinimalPackage {

    private MinimalPackage() {
    }

    /** The namespaces of transitional OOXML (what Excel saves by default) and of strict OOXML. */
    public enum Flavour {
        TRANSITIONAL("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        STRICT("http://purl.oclc.org/ooxml/spreadsheetml/main", "http://purl.oclc.org/ooxml/officeDocument/relationships");

        final String main;
        final String relationships;

        Flavour(String main, String relationships) {
            this.main = main;
            this.relationships = relationships;
        }
    }

    public static void write(Path file, String sheetName, String workbookProperties, String sheetData, List<String> sharedStrings)
            throws IOException {
        write(file, Flavour.TRANSITIONAL, sheetName, workbookProperties, sheetData, sharedStrings, null);
    }

    /** A minimal package: one sheet with the given sheet data, shared strings if any, a styles part if given. */
    public static void write(Path file, Flavour flavour, String sheetName, String workbookProperties, String sheetData,
                                     List<String> sharedStrings, String styles) throws IOException {
        String main = flavour.main;
        String rel = flavour.relationships;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", """
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">" + workbookProperties
                    + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\">" + sheetData + "</worksheet>");
            StringBuilder strings = new StringBuilder("<sst xmlns=\"" + main + "\">");
            sharedStrings.forEach(s -> strings.append("<si><t>").append(s).append("</t></si>"));
            put(zip, "xl/sharedStrings.xml", strings.append("</sst>").toString());
            if (styles != null) {
                put(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + main + "\">" + styles + "</styleSheet>");
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
