package org.dadkhah.security;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The read layer is the only way to records: feature modules never build visibility conditions themselves, so a new
 * read path cannot forget one. The estimate module is the one exception, for aggregate counts (no names) over
 * several record types at the analyst's counting level; its tables of runs are its own.
 */
class ReadLayerArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dadkhah");

    @Test
    void onlyTheRecordEngineBuildsVisibilityConditions() {
        noClasses().that().resideOutsideOfPackages("org.dadkhah.records..", "org.dadkhah.security..",
                        "org.dadkhah.estimate..")
                .should().callMethodWhere(target(owner(assignableTo(Visibility.class)))
                        .and(target(nameMatching("readable|countable|shared.*"))))
                .because("every read goes through org.dadkhah.records.RecordQueries, which applies Visibility and "
                        + "each type's own read rule")
                .check(CLASSES);
    }
}
