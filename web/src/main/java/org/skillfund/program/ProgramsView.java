package org.skillfund.program;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.primefaces.model.LazyDataModel;
import org.skillfund.shared.PagedLazyModel;

/** Funding programs, a page at a time, newest window first. */
@Named
@ViewScoped
public class ProgramsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId SCHEME_ZONE = ZoneId.of("Australia/Sydney");

  @EJB private ProgramService programs;

  private final LazyDataModel<FundingProgram> list =
      new PagedLazyModel<>(request -> programs.list(request), FundingProgram::getCode);

  public boolean isOpen(FundingProgram program) {
    return program.isOpenOn(LocalDate.now(SCHEME_ZONE));
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public LazyDataModel<FundingProgram> getList() {
    return list;
  }
}
