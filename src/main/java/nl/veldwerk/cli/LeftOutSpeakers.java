package nl.veldwerk.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veldwerk.analysis.Speakers;
import nl.veldwerk.model.Project;
import picocli.CommandLine.Option;

/**
 * Whose words search, keyword in context, search-and-code and more-like leave out: by default the speakers
 * marked as interviewers, as the window does (the interview guide's questions are not the data).
 */
final class LeftOutSpeakers {
    @Option(names = "--leave-out", split = ",", paramLabel = "SPEAKER",
            description = "leave out what these speakers say (default: the speakers marked as interviewers; "
                    + "--leave-out= keeps everyone)")
    List<String> named;

    /** The speakers to leave out of the project's texts. */
    Set<String> in(Project p) {
        if (named == null) {
            return Speakers.interviewers(p);
        }
        return named.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
