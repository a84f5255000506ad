package com.frameworkadvisor.advice;

import com.frameworkadvisor.knowledge.KnowledgeBases;
import com.frameworkadvisor.knowledge.PublishedVersion;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A well-formed knowledge-base version that this instance does not know: never published, or published after this
 * instance's release (during a rolling deploy). A 404 that names the versions it knows.
 */
public class UnknownVersionException extends ResponseStatusException {

    public UnknownVersionException(String version, KnowledgeBases kbs) {
        super(
                HttpStatus.NOT_FOUND,
                "There is no knowledge base version '" + version + "' here. The versions are: "
                        + String.join(
                                ", ",
                                kbs.versions().stream()
                                        .map(PublishedVersion::version)
                                        .toList())
                        + ".");
    }
}
