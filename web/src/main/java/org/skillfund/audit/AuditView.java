package org.skillfund.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.primefaces.model.LazyDataModel;
import org.skillfund.shared.PagedLazyModel;

/** The auditor's page: events newest first, filters, and the chain check. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @EJB private AuditService audit;

  private String actor;
  private String action;
  private String entityType;
  private ChainVerification verification;

  private final LazyDataModel<AuditEvent> events =
      new PagedLazyModel<>(
          request -> audit.find(filter(), request), event -> Long.toString(event.getSeq()));

  private AuditFilter filter() {
    return new AuditFilter(actor, action, entityType, null, null);
  }

  /** When the event happened, in UTC to the second, e.g. 2026-11-26 09:15:02. */
  public String when(AuditEvent event) {
    return WHEN.format(event.getOccurredAt());
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
