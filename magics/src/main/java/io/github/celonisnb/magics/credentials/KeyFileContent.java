package io.github.celonisnb.magics.credentials;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;

/**
 * What a key file holds.
 *
 * @param key the key
 * @param url the EMS URL from {@code url} or {@code base_url}, or null (always null for a raw token file)
 * @param keyType the key type from {@code key_type}, or null
 */
record KeyFileContent(ApiKey key, String url, KeyType keyType) {
}
