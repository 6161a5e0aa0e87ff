package org.ocspconsole.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.Json;
import org.ocspconsole.profiles.ProfileStore.Contents;

/**
 * The JSON of a profiles file or an export. Properties this version does not know, of the file and
 * of each profile, are kept beside what was read and written back with it, so a save by this
 * version never drops what a newer one added. Ids are made unique, and an id the console reserves
 * for its built-in entries ({@code builtin-…}) is never taken from a file.
 */
final class ProfilesJson {
  private static final ObjectMapper MAPPER =
      Json.MAPPER
          .copy()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  private static final Set<String> FILE_FIELDS =
      Arrays.stream(Contents.class.getRecordComponents())
          .map(RecordComponent::getName)
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> PROFILE_FIELDS =
      Arrays.stream(Profile.class.getRecordComponents())
          .map(RecordComponent::getName)
          .collect(Collectors.toUnmodifiableSet());
  static final String RESERVED_ID_PREFIX = "builtin-";

  /**
   * What a file holds, and what of it this version does not know (by profile id).
   *
   * @param withoutUserInfo the ids of the profiles whose address held "user:password@", which was
   *     removed while reading
   */
  record Read(
      Contents contents,
      ObjectNode unknown,
      Map<String, ObjectNode> unknownByProfile,
      List<String> withoutUserInfo) {
    Read(Contents contents, ObjectNode unknown, Map<String, ObjectNode> unknownByProfile) {
      this(contents, unknown, unknownByProfile, List.of());
    }
  }

  private ProfilesJson() {}

  /** The document's format version (0 when it has none); throws when it is not a JSON object. */
  static ObjectNode parse(byte[] bytes) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IOException("it is not a valid profiles file (" + e.getOriginalMessage() + ")", e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new IOException("it is empty");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new IOException("it is not a valid profiles file (not a JSON object)");
    }
    return object;
  }

  static ObjectNode emptyObject() {
    return MAPPER.createObjectNode();
  }

  static int version(ObjectNode root) {
    return root.path("version").asInt(0);
  }

  /**
   * The profiles of a parsed document. Strict: any profile this version cannot read fails the whole
   * file. Lenient (a newer version's file, shown read-only): such profiles are left out.
   */
  static Read read(ObjectNode root, boolean lenient) throws IOException {
    JsonNode list = root.path("profiles");
    if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
      throw new IOException("it is not a valid profiles file (\"profiles\" is not a list)");
    }
    List<Profile> profiles = new ArrayList<>();
    Map<String, ObjectNode> unknownByProfile = new HashMap<>();
    Set<String> ids = new HashSet<>();
    List<String> cleaned = new ArrayList<>();
    for (JsonNode node : list.isArray() ? list : MAPPER.createArrayNode()) {
      Profile profile;
      try {
        profile = profile(node);
      } catch (IOException e) {
        if (lenient) {
          continue;
        }
        throw e;
      }
      String url = ClusterAddress.withoutUserInfo(profile.url());
      boolean hadUserInfo = !url.equals(profile.url());
      if (hadUserInfo) {
        // A user name and password in a stored address: never shown, sent or written back.
        profile = profile.withUrl(url);
      }
      if (profile.id().startsWith(RESERVED_ID_PREFIX) || !ids.add(profile.id())) {
        profile = profile.copy(profile.name());
        ids.add(profile.id());
      }
      if (hadUserInfo) {
        cleaned.add(profile.id());
      }
      profiles.add(profile);
      ObjectNode unknown = unknown((ObjectNode) node, PROFILE_FIELDS);
      if (!unknown.isEmpty()) {
        unknownByProfile.put(profile.id(), unknown);
      }
    }
    JsonNode start = root.get("defaultProfile");
    Contents contents =
        new Contents(
            version(root), start != null && start.isTextual() ? start.asText() : null, profiles);
    return new Read(contents, unknown(root, FILE_FIELDS), unknownByProfile, List.copyOf(cleaned));
  }

  /** The document for these contents, with the properties {@code kept} holds put back. */
  static byte[] write(Contents contents, Read kept) throws IOException {
    ObjectNode root = MAPPER.valueToTree(contents);
    if (kept != null) {
      kept.unknown().properties().forEach(e -> root.putIfAbsent(e.getKey(), e.getValue()));
      ArrayNode profiles = (ArrayNode) root.get("profiles");
      for (JsonNode node : profiles) {
        ObjectNode unknown = kept.unknownByProfile().get(node.path("id").asText());
        if (unknown != null) {
          unknown
              .properties()
              .forEach(e -> ((ObjectNode) node).putIfAbsent(e.getKey(), e.getValue()));
        }
      }
    }
    return MAPPER.writeValueAsBytes(root);
  }

  private static Profile profile(JsonNode node) throws IOException {
    if (!(node instanceof ObjectNode)) {
      throw new IOException("a profile in it is not a JSON object");
    }
    Profile profile;
    try {
      profile = MAPPER.treeToValue(node, Profile.class);
    } catch (JsonProcessingException e) {
      throw new IOException("it is not a valid profiles file (" + e.getOriginalMessage() + ")", e);
    }
    if (profile == null || profile.name() == null || profile.url() == null) {
      throw new IOException("a profile in it has no name or address");
    }
    return profile;
  }

  private static ObjectNode unknown(ObjectNode node, Set<String> known) {
    ObjectNode unknown = MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        unknown.set(field.getKey(), field.getValue());
      }
    }
    return unknown;
  }
}
