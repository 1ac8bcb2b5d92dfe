package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A registered training organisation (RTO) that delivers funded training. */
@Entity
@Table(name = "provider")
public class Provider {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "legal_name", nullable = false, length = 200)
  @NotBlank
  @Size(max = 200)
  private String legalName;

  @Column(name = "abn", nullable = false, length = 11)
  @Abn
  @NotNull
  private String abn;

  @Column(name = "rto_code", length = 5)
  @Pattern(regexp = "\\d{4,5}", message = "{skillfund.provider.rtoCode}")
  private String rtoCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  @NotNull
  private ProviderStatus status;

  protected Provider() {}

  public Provider(String id, String legalName, String abn, String rtoCode, ProviderStatus status) {
    this.id = id;
    this.legalName = legalName;
    this.abn = abn;
    this.rtoCode = rtoCode;
    this.status = status;
  }

  public String getId() {
    return id;
  }

  public String getLegalName() {
    return legalName;
  }

  public String getAbn() {
    return abn;
  }

  public String getRtoCode() {
    return rtoCode;
  }

  public ProviderStatus getStatus() {
    return status;
  }
}
