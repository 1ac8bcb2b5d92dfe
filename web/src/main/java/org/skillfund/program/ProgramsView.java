package org.skillfund.program;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.skillfund.shared.PagedLazyModel;
import org.skillfund.shared.SchemeDate;

/** Funding programs, a page at a time, newest window first. */
@Named
@ViewScoped
public class ProgramsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProgramService programs;

  private final LazyDataModel<FundingProgram> list =
      new PagedLazyModel<>(request -> programs.list(request), FundingProgram::getCode);

  public boolean isOpen(FundingProgram program) {
    return program.isOpenOn(SchemeDate.today());
  }

  public String money(long cents) {
    return Money.format(cents);
  }

  public LazyDataModel<FundingProgram> getList() {
    return list;
  }
}
