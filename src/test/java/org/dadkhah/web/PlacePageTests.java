package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dadkhah.security.Role;
import org.junit.jupiter.api.Test;

/** The place page's map when a place has no coordinates of its own (issue 10, item 5). */
class PlacePageTests extends PageTest {

    @Test
    void aPlaceWithoutCoordinatesIsShownAtTheNearestPlaceItIsPartOfThatHasThem() throws Exception {
        String run = unique("map");
        String city = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"City %s","kind":"CITY","latitude":35.5729,"longitude":53.3971}"""
                .formatted(run));
        String district = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"District %s","kind":"OTHER","parent":"%s"}""".formatted(run, city));
        String prison = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"Prison %s","kind":"PRISON","parent":"%s"}""".formatted(run, district));
        String page = body("/places/" + prison, Role.VIEWER);
        assertThat(page).contains("the map shows City " + run + ", the place it is part of")
                .contains("35.5729").contains("53.3971");
    }

    @Test
    void aParentTheReaderMayNotSeeIsNeitherShownNorNamed() throws Exception {
        String run = unique("map");
        String hidden = create("/api/v1/places", """
                {"confidentiality":"RESTRICTED","name":"Hidden %s","kind":"CITY","latitude":36.1234,"longitude":52.4321}"""
                .formatted(run));
        String prison = create("/api/v1/places", """
                {"confidentiality":"PUBLIC","name":"Prison %s","kind":"PRISON","parent":"%s"}""".formatted(run, hidden));
        String viewer = body("/places/" + prison, Role.VIEWER);
        assertThat(viewer).contains("No coordinates are recorded for this place or any place it is part of")
                .doesNotContain("Hidden " + run).doesNotContain("36.1234");
        assertThat(body("/places/" + prison, Role.EDITOR)).contains("the map shows Hidden " + run)
                .contains("36.1234");
    }
}
