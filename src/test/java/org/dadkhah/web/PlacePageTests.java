package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The place page's map when a place has no coordinates of its own (issue 10, item 5). */
class PlacePageTests extends PageTest {

    @Test
    void aPlaceWithoutCoordinatesIsShownAtTheNearestPlaceItIsPartOfThatHasThem() throws Exception {
        String run = unique("map");
        String city = place("City " + run, "PUBLIC", "CITY", ",\"latitude\":35.5729,\"longitude\":53.3971", null);
        String district = place("District " + run, "PUBLIC", "OTHER", "", city);
        String prison = place("Prison " + run, "PUBLIC", "PRISON", "", district);
        String page = body("/places/" + prison, Role.VIEWER);
        assertThat(page).contains("the map shows City " + run + ", the place it is part of")
                .contains("35.5729").contains("53.3971");
    }

    @Test
    void aParentTheReaderMayNotSeeIsNeitherShownNorNamed() throws Exception {
        String run = unique("map");
        String hidden = place("Hidden " + run, "RESTRICTED", "CITY", ",\"latitude\":36.1234,\"longitude\":52.4321", null);
        String prison = place("Prison " + run, "PUBLIC", "PRISON", "", hidden);
        String viewer = body("/places/" + prison, Role.VIEWER);
        assertThat(viewer).contains("No coordinates are recorded for this place or any place it is part of that you may see")
                .doesNotContain("Hidden " + run).doesNotContain("36.1234");
        assertThat(body("/places/" + prison, Role.EDITOR)).contains("the map shows Hidden " + run)
                .contains("36.1234");
    }

    private String place(String name, String level, String kind, String coordinates, @Nullable String parent)
            throws Exception {
        return create("/api/v1/places", "{\"confidentiality\":\"%s\",\"name\":\"%s\",\"kind\":\"%s\"%s%s}".formatted(
                level, name, kind, coordinates, parent == null ? "" : ",\"parent\":\"" + parent + "\""));
    }
}
