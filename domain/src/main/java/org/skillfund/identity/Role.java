package org.skillfund.identity;

/** What a signed-in person may do in Skillfund (DESIGN.md, "People and what they do"). */
public enum Role {
  LEARNER,
  PROVIDER_STAFF,
  PROVIDER_ADMIN,
  OFFICER,
  DELEGATE,
  PROGRAM_MANAGER,
  ENDORSER,
  AUDITOR,
  ADMIN;

  /** Role names as constants, for {@code @RolesAllowed} and security constraints. */
  public static final class Names {
    public static final String LEARNER = "LEARNER";
    public static final String PROVIDER_STAFF = "PROVIDER_STAFF";
    public static final String PROVIDER_ADMIN = "PROVIDER_ADMIN";
    public static final String OFFICER = "OFFICER";
    public static final String DELEGATE = "DELEGATE";
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";
    public static final String ENDORSER = "ENDORSER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
