package org.skillfund.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A funding program's eligibility logic: its rules, in the order they are reported, and its fee.
 */
public interface Program {

  String code();

  List<Rule> rules();

  /** The most an eligible learner may be charged for the case's course, in cents. */
  long maxStudentFeeCents(EligibilityCase eligibilityCase, RuleParameters parameters);

  /** Every parameter the rules read, with the kind of value it takes. */
  Map<String, ParameterKind> parameterKinds();

  /**
   * What is wrong with a whole set of parameter values (each name known and of its kind, plus any
   * relation between values such as a minimum not above its maximum), as {@code name: message}
   * pairs; empty when the set is usable.
   */
  default List<Map.Entry<String, String>> problemsWith(RuleParameters parameters) {
    List<Map.Entry<String, String>> problems = new ArrayList<>();
    parameterKinds()
        .forEach(
            (name, kind) -> {
              RuleParameters.Parameter p = parameters.asMap().get(name);
              if (p == null) {
                problems.add(Map.entry(name, "is missing"));
              } else {
                kind.problemWith(p.value()).ifPresent(m -> problems.add(Map.entry(name, m)));
              }
            });
    parameters.asMap().keySet().stream()
        .filter(name -> !parameterKinds().containsKey(name))
        .forEach(name -> problems.add(Map.entry(name, "is not a parameter of " + code())));
    if (problems.isEmpty()) {
      problems.addAll(relationProblems(parameters));
    }
    return problems;
  }

  /** Problems between well-formed values (e.g. a window that closes before it opens). */
  default List<Map.Entry<String, String>> relationProblems(RuleParameters parameters) {
    return List.of();
  }
}
