package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;

/**
 * One Studio space as {@code GET /package-manager/api/spaces} lists it. Every field but {@code permissions}
 * may be null; fields this record does not name are ignored.
 *
 * @param id the space's id
 * @param name the space's name, e.g. {@code Default}
 * @param description the description
 * @param iconReference the name of its icon, e.g. {@code earth}
 * @param permissions what the key may do in this space, e.g. {@code USE}, {@code USE_ALL_PACKAGES}; never null
 * @param creationDate when it was created
 * @param changeDate when it was last changed
 * @param createdBy the id of the user who created it
 * @param objectId the id EMS's permission system knows it by
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpaceData(String id, String name, String description, String iconReference, List<String> permissions,
        @JsonDeserialize(using = EmsInstantDeserializer.class) Instant creationDate,
        @JsonDeserialize(using = EmsInstantDeserializer.class) Instant changeDate,
        String createdBy, String objectId) {

    public SpaceData {
        permissions = WireLists.copyWithoutNulls(permissions);
    }
}
