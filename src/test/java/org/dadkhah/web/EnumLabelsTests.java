package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dadkhah.records.ChildList;
import org.dadkhah.records.Field;
import org.dadkhah.records.RecordTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every value of every enumeration field the record types declare has its label in both languages. */
class EnumLabelsTests extends PageTest {

    @Autowired
    RecordTypes types;

    @Test
    void everyEnumerationValueOfEveryRecordTypeHasALabelInBothMessageFiles() throws IOException {
        Set<String> wanted = new TreeSet<>();
        types.all().forEach(type -> Stream.concat(type.fields().stream(),
                type.children().stream().map(ChildList::fields).flatMap(java.util.List::stream))
                .filter(f -> f.kind() == Field.Kind.ENUM).forEach(f -> f.values().forEach(v -> wanted.add("enum." + v))));
        assertThat(wanted).contains("enum.PERSON", "enum.PUBLICATION");
        assertThat(MessagesTests.keys("messages_en.properties")).containsAll(wanted);
        assertThat(MessagesTests.keys("messages_fa.properties")).containsAll(wanted);
    }
}
