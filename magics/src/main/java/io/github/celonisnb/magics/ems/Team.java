package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The team the key belongs to, from {@code GET /api/team}. Every field may be null.
 *
 * @param id the team's id
 * @param name the team's name
 * @param domain the team's domain, the first label of its host name
 * @param trackingEnabled whether usage tracking is on for the team
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Team(String id, String name, String domain, Boolean trackingEnabled) {
}
