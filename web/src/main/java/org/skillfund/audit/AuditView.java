package org.skillfund.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;

/** The auditor's page: events newest first, filters, and the chain check. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditService audit;

  private String actor;
  private String action;
  private String entityType;
  private ChainVerification verification;

  private final LazyDataModel<AuditEvent> events = new Events();

  /** Lazy rows: one query per page with the current filters. */
  private final class Events extends LazyDataModel<AuditEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) audit.find(filter(), new PageRequest(0, 1)).total();
    }

    @Override
    public List<AuditEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
      Page<AuditEvent> page = audit.find(filter(), new PageRequest(first / size, size));
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return Long.toString(event.getSeq());
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
      return null;
    }
  }

  private AuditFilter filter() {
    return new AuditFilter(actor, action, entityType, null, null);
  }

  /** Re-computes the whole chain and keeps the result for the page. */
  public void verify() {
    verification = audit.verifyChain();
  }

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }
}
