package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;

/**
 * One node of a Studio space's content tree, as {@code GET /package-manager/api/nodes/tree?spaceId=} lists
 * it: a package, folder, asset or image. Every field but {@code permissions} may be null; fields this record
 * does not name are ignored, among them {@code serializedContent}, which holds an asset's whole content.
 *
 * @param id the node's id
 * @param key the node's key, unique in its package, e.g. {@code sales-app}
 * @param name the display name
 * @param nodeType what the node is, as EMS names it: {@code PACKAGE}, {@code FOLDER}, {@code ASSET},
 *     {@code IMAGE}; kept as text so that a type EMS adds later still reads
 * @param spaceId the id of the space it is in
 * @param parentNodeId the id of the node it is in, null for a package
 * @param rootNodeId the id of the package it belongs to
 * @param rootNodeKey the key of the package it belongs to
 * @param permissions what the key may do with the node, e.g. {@code USE_PACKAGE}; never null
 * @param creationDate when it was created
 * @param changeDate when it was last changed
 * @param createdById the id of the user who created it
 * @param assetType for an asset, its type, e.g. {@code BOARD_V2}
 * @param activatedDraftId the id of the draft that is published, if any
 * @param objectId the id EMS's permission system knows it by
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentNode(String id, String key, String name, String nodeType, String spaceId,
        String parentNodeId, String rootNodeId, String rootNodeKey, List<String> permissions,
        @JsonDeserialize(using = EmsInstantDeserializer.class) Instant creationDate,
        @JsonDeserialize(using = EmsInstantDeserializer.class) Instant changeDate,
        String createdById, String assetType, String activatedDraftId, String objectId) {

    /** The {@code nodeType} of a package. */
    public static final String PACKAGE = "PACKAGE";

    public ContentNode {
        permissions = WireLists.copyWithoutNulls(permissions);
    }

    /** Whether this node is a package ({@code nodeType} {@value #PACKAGE}), as PyCelonis' package listing filters. */
    public boolean isPackage() {
        return PACKAGE.equals(nodeType);
    }
}
