package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    private static String labels(Pagination pagination) {
        return String.join(" ", pagination.pages().stream()
                .map(page -> page.key().equals("current") ? "[" + page.label() + "]" : page.label()).toList());
    }

    @Test
    void linksTheEndsAndTheNearPagesOfAManyPageList() {
        assertThat(labels(Pagination.of(1, 5000, n -> "/page/" + n + "/"))).isEqualTo("[1] 2 3 … 5000");
        assertThat(labels(Pagination.of(2500, 5000, n -> "/page/" + n + "/"))).isEqualTo("1 … 2498 2499 [2500] 2501 2502 … 5000");
        assertThat(labels(Pagination.of(4, 7, n -> "/page/" + n + "/"))).isEqualTo("1 2 3 [4] 5 6 7");
        assertThat(labels(Pagination.of(3, 1, n -> "/page/" + n + "/"))).isEqualTo("1");
    }

    @Test
    void aGapHasNoAddressAndTheNeighboursStayLinked() {
        Pagination middle = Pagination.of(50, 100, n -> "/page/" + n + "/");
        assertThat(middle.pages()).filteredOn(page -> page.key().equals("gap")).hasSize(2).allMatch(page -> page.url().isEmpty());
        assertThat(middle.previousUrl()).isEqualTo("/page/49/");
        assertThat(middle.nextUrl()).isEqualTo("/page/51/");
        assertThat(middle.pages()).hasSize(9);
    }
}
