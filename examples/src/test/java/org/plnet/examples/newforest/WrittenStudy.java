package org.plnet.examples.newforest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A study folder as written, read back with Jackson's CSV reader (rows as column-to-value maps). */
record WrittenStudy(Map<String, Map<String, String>> people, Map<String, Set<String>> respondentsByWave,
                    List<Map<String, String>> ties) {

    static WrittenStudy read(Path folder) throws IOException {
        Map<String, Map<String, String>> people = new LinkedHashMap<>();
        for (Map<String, String> row : rows(folder.resolve(StudyFolderWriter.PEOPLE))) {
            people.put(row.get("id"), row);
        }
        Map<String, Set<String>> respondents = new LinkedHashMap<>();
        for (Map<String, String> row : rows(folder.resolve(StudyFolderWriter.RESPONDENTS))) {
            respondents.computeIfAbsent(row.get("wave"), w -> new HashSet<>()).add(row.get("id"));
        }
        return new WrittenStudy(people, respondents, rows(folder.resolve(StudyFolderWriter.TIES)));
    }

    static List<Map<String, String>> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    String school(String id) {
        return people.get(id).get("school");
    }

    boolean member(String id) {
        return Boolean.parseBoolean(people.get(id).get("member"));
    }

    /** The ties of one relation and wave. */
    List<Map<String, String>> layer(String relation, String wave) {
        return ties.stream().filter(t -> t.get("relation").equals(relation) && t.get("wave").equals(wave)).toList();
    }
}
