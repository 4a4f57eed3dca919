package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;

/**
 * One data pool of Data Integration, as {@code GET /integration/api/pools} lists it and
 * {@code GET /integration/api/pools/{id}} returns it. Every field but {@code permissions} may be null; fields
 * this record does not name are ignored.
 *
 * @param id the pool's id
 * @param name the pool's name
 * @param description the description
 * @param configurationStatus how far the pool is set up, as EMS names it, e.g. {@code NEW},
 *     {@code DATA_SOURCES_CONFIGURED}, {@code CONFIGURED}; kept as text so that a status EMS adds later still
 *     reads
 * @param locked whether the pool is locked against changes
 * @param timeStamp when the pool was last changed
 * @param creatorUserId the id of the user who created it
 * @param originalId the id of the pool it was copied from, if any
 * @param objectId the id EMS's permission system knows it by
 * @param permissions what the key may do with the pool: its service-wide rights (e.g.
 *     {@code USE_ALL_DATA_MODELS}) and those granted on this pool (e.g. {@code ADMIN}); never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoolData(String id, String name, String description, String configurationStatus, Boolean locked,
        @JsonDeserialize(using = EmsInstantDeserializer.class) Instant timeStamp,
        String creatorUserId, String originalId, String objectId, List<String> permissions) {

    public PoolData {
        permissions = WireLists.copyWithoutNulls(permissions);
    }
}
