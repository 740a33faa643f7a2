/**
 * The JSON codec of the model: {@link dev.topology.api.json.TopologyJson} turns topologies and
 * deployments into strings and back, strictly and within stated limits. It reads nothing but the
 * string it is given.
 *
 * <p>The codec is written on Jackson 3's streaming API alone ({@code tools.jackson.core:
 * jackson-core}), without jackson-databind. jackson-databind 3 depends on {@code
 * com.fasterxml.jackson.core:jackson-annotations} 2.20, an artifact that Jackson 2 uses too: in an
 * application on Jackson 2 (such as Spring Boot 3 on 2.15 to 2.19) the two versions collide and
 * fail at run time ({@code NoClassDefFoundError} for {@code JsonSerializeAs}). jackson-core 3
 * depends on nothing and shares no artifact and no package with Jackson 2, so the library fits
 * beside either.
 */
package dev.topology.api.json;
