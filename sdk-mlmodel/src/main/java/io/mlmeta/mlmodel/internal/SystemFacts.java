package io.mlmeta.mlmodel.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a pipeline's run records about where it ran, as custom properties of the run. Host and user are named as
 * DataHub's Airflow connector names them on a dataProcessInstance ({@code hostname}, {@code unixname}); the JVM and
 * the source commit, which no DataHub connector records, in the same style.
 */
public final class SystemFacts {
  /** The host the run ran on: {@code $HOSTNAME}, {@code $COMPUTERNAME}, or the local host's name. */
  public static final String HOSTNAME = "hostname";
  /** The operating-system user the JVM runs as ({@code user.name}). */
  public static final String UNIXNAME = "unixname";
  /** The Java version ({@code java.version}). */
  public static final String JAVA_VERSION = "java_version";
  /** The source commit the pipeline was built from. */
  public static final String GIT_COMMIT = "git_commit";
  /** The environment variables CI systems put the commit in, read in this order: Jenkins, GitHub, GitLab. */
  public static final List<String> COMMIT_VARIABLES = List.of("GIT_COMMIT", "GITHUB_SHA", "CI_COMMIT_SHA");

  private SystemFacts() {}

  /**
   * The facts: host, user, Java version and, if {@code commit} is given or one of {@link #COMMIT_VARIABLES} is set
   * in {@code env}, the commit. {@code property} reads system properties; a fact that cannot be found is left out.
   */
  public static Map<String, String> collect(Map<String, String> env, UnaryOperator<String> property, String commit) {
    Map<String, String> facts = new LinkedHashMap<>();
    put(facts, HOSTNAME, hostname(env));
    put(facts, UNIXNAME, property.apply("user.name"));
    put(facts, JAVA_VERSION, property.apply("java.version"));
    String sourceCommit = commit;
    for (String variable : COMMIT_VARIABLES) {
      if (sourceCommit == null || sourceCommit.isBlank()) {
        sourceCommit = env.get(variable);
      }
    }
    put(facts, GIT_COMMIT, sourceCommit);
    return facts;
  }

  private static String hostname(Map<String, String> env) {
    for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
      String name = env.get(variable);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
  }

  private static void put(Map<String, String> facts, String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.put(key, value.strip());
    }
  }
}
