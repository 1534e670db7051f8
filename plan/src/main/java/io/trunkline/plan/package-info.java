/**
 * Desired state across vendors: {@link io.trunkline.plan.DesiredState} read by
 * {@link io.trunkline.plan.DesiredStateReader}, planned by {@link io.trunkline.plan.Planner} into a
 * {@link io.trunkline.plan.Plan}, printed by {@link io.trunkline.plan.PlanPrinter} and carried out by
 * {@link io.trunkline.plan.Applier}.
 */
@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true,
    redactedMask = "****", jdkOnly = true, allowedClasspathAnnotations = Override.class)
package io.trunkline.plan;

import org.immutables.value.Value;
