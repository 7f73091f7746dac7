package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import nl.veldwerk.model.ReviewStatus;
import org.junit.jupiter.api.Test;

/** "Merged" is a merge's verdict: offered for a code that has it, not to set by hand on a code in use (QA). */
class ReviewChoicesTest {
    @Test
    void mergedIsOfferedOnlyForACodeThatHasIt() {
        List<ReviewStatus> usual = List.of(ReviewStatus.PROPOSED, ReviewStatus.APPROVED, ReviewStatus.NEEDS_WORK);
        assertEquals(usual, CodePropertiesPane.reviewChoices(ReviewStatus.APPROVED));
        assertEquals(usual, CodePropertiesPane.reviewChoices(null));
        assertEquals(List.of(ReviewStatus.PROPOSED, ReviewStatus.APPROVED, ReviewStatus.NEEDS_WORK,
                ReviewStatus.MERGED), CodePropertiesPane.reviewChoices(ReviewStatus.MERGED));
    }
}
