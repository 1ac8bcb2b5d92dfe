package org.skillfund.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A funding stream of a program (e.g. full qualifications, skill sets), with its own budgets. */
@Embeddable
public class ProgramStream {

  @Column(name = "stream_code", length = 20, nullable = false)
  private String code;

  @Column(name = "name", length = 120, nullable = false)
  private String name;

  protected ProgramStream() {}

  public ProgramStream(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
