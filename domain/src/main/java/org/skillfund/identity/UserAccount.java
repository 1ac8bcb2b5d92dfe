package org.skillfund.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in to Skillfund, with roles and, for provider staff, their provider. */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @Column(name = "username", length = 60)
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}", message = "{skillfund.identity.username}")
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  @NotBlank
  @Size(max = 120)
  private String displayName;

  @Column(name = "email", nullable = false, length = 254)
  @NotBlank
  @Email
  private String email;

  @Column(name = "password_hash", nullable = false, length = 200)
  @NotBlank
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  @NotEmpty
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "provider_id", length = 36)
  private String providerId;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  /**
   * A learner's Unique Student Identifier, tying the account to the enrolments made under it (null
   * for everybody else; one account per USI).
   */
  @Column(name = "usi", length = 10)
  private String usi;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<Role> roles,
      String providerId) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.providerId = providerId;
  }

  /** Role names as the container's security layer sees them. */
  public Set<String> roleNames() {
    return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  /** The provider this person works for, if they are provider staff. */
  public Optional<String> getProviderId() {
    return Optional.ofNullable(providerId);
  }

  /** The learner's USI, if the account is a learner's tied to one. */
  public Optional<String> getUsi() {
    return Optional.ofNullable(usi);
  }

  /** Ties a learner's account to their USI (checked by the caller). */
  public void linkUsi(String value) {
    usi = value;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Signs the account out of the scheme for good (staff removed by their provider's admin). */
  public void disable() {
    enabled = false;
  }
}
