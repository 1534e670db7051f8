/**
 * Desired state across vendors: read a desired-state file (YAML or JSON), plan what would change at each account,
 * and apply the plan with every step reported as applied, refused or outcome unknown.
 */
module io.trunkline.plan {
  requires transitive io.trunkline.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.immutables.value;

  exports io.trunkline.plan;

  opens io.trunkline.plan to com.fasterxml.jackson.databind;
}
