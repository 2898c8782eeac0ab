package org.plnet.surveys.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest XLSX workbook Excel and fastexcel-reader accept, for tests: one or more sheets of rows,
 * a cell that looks like a whole number as a numeric cell and any other as an inline string, an empty string as
 * no cell at all (as spreadsheets store it).
 */
public final class TinyXlsx {

    private TinyXlsx() {
    }

    /** Writes {@code sheets} (each a list of rows) to {@code file}; sheets are named Sheet1, Sheet2, ... */
    public static Path write(Path file, List<List<List<String>>> sheets) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
                    + "\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int s = 1; s <= sheets.size(); s++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(s).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"Sheet").append(s).append("\" sheetId=\"").append(s)
                        .append("\" r:id=\"rId").append(s).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(s).append("\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(s)
                        .append(".xml\"/>");
            }
            entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            entry(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
            for (int s = 0; s < sheets.size(); s++) {
                entry(zip, "xl/worksheets/sheet" + (s + 1) + ".xml", sheet(sheets.get(s)));
            }
        }
        return file;
    }

    private static String sheet(List<List<String>> rows) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://"
                + "schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            x.append("<row r=\"").append(r + 1).append("\">");
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                String ref = RawTable.columnLetters(c + 1) + (r + 1);
                if (v.matches("-?\\d+")) {
                    x.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                } else {
                    x.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(v))
                            .append("</t></is></c>");
                }
            }
            x.append("</row>");
        }
        return x.append("</sheetData></worksheet>").toString();
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
