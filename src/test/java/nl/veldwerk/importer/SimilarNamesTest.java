package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SimilarNamesTest {
    @Test
    void aTypoOrABlankMakesNearlyTheSameName() {
        assertEquals(List.of(List.of("Interviewer", "Interviwer"), List.of("R1", "R 1"), List.of("Marieke", "Mareike")),
                SimilarNames.pairs(List.of("Interviewer", "R1", "R2", "INT", "Interviwer", "R 1", "Marieke",
                        "Mareike")));
        assertEquals(List.of(List.of("Respondent", "respondent.")), SimilarNames.pairs(List.of("Respondent",
                "respondent.")));
        assertEquals(List.of(List.of("Jansen", "Janssen")), SimilarNames.pairs(List.of("Jansen", "Janssen")));
    }

    @Test
    void namesThatDifferInADigitOrAreShortAreDifferentPeople() {
        assertEquals(List.of(), SimilarNames.pairs(List.of("R1", "R2", "Spreker 1", "Spreker 2", "Speaker 10",
                "Speaker 11", "I", "R", "Ann", "Anna", "Jan", "Jans", "Interviewer", "Respondent")));
        assertEquals(List.of(), SimilarNames.pairs(java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> "Naam" + i).toList()), "a file with hundreds of speakers is not compared pair by pair");
    }
}
