package org.skillfund.placement;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.InvalidRequestException;

/**
 * The bulk enrolment page: a provider user uploads a CSV file, the import runs in the background as
 * the user (its progress shown by a polled progress bar), then the report lists every row's outcome
 * a page at a time.
 */
@Named
@ViewScoped
public class EnrolmentImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Largest file accepted, enough for {@value EnrolmentImport#MAX_ROWS} rows. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final String FORM = "import";

  @EJB private EnrolmentImport imports;

  private transient Future<EnrolmentImport.Report> running;
  private ImportProgress progress = new ImportProgress();
  private String fileName;
  private EnrolmentImport.Report report;
  private boolean rejectedOnly;

  /** Starts importing the uploaded file in the background. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (running != null && !running.isDone()) {
      error(text("import.busy"));
      return;
    }
    fileName = file.getFileName();
    report = null;
    progress = new ImportProgress();
    String csv = new String(file.getContent(), StandardCharsets.UTF_8);
    running = imports.importInBackground(csv, progress);
  }

  /** Called when the progress bar reaches 100: shows the report or why the file was refused. */
  public void finished() {
    if (running == null) {
      return;
    }
    try {
      report = running.get();
      info(text("import.done", fileName, report.accepted(), report.rejected()));
    } catch (ExecutionException e) {
      refused(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error(text("import.failed"));
    } finally {
      running = null;
    }
  }

  private void refused(Throwable cause) {
    Throwable t = cause;
    while (t != null) {
      if (t instanceof InvalidRequestException invalid) {
        invalid.problems().forEach(p -> error(p.field() + ": " + p.message()));
        return;
      }
      if (t instanceof ConflictException || t instanceof ForbiddenException) {
        error(t.getMessage());
        return;
      }
      t = t.getCause();
    }
    error(text("import.failed"));
  }

  /** The header and one example row, as a file to fill in. */
  public StreamedContent getTemplate() {
    byte[] content =
        (EnrolmentCsv.HEADER
                + "\n2222222222,Ann,Lee,2004-05-06,ann.lee@example.org,CHC33021,2027-03-01,NSW,"
                + "JT-2026,CITIZEN,UNEMPLOYED,false,\n")
            .getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("enrolments-template.csv")
        .contentType("text/csv")
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public String getHeader() {
    return EnrolmentCsv.HEADER;
  }

  public boolean isRunning() {
    return running != null;
  }

  /** 0 to 100; 100 once the background import has ended, however it ended. */
  public int getPercent() {
    if (running != null && running.isDone()) {
      return 100;
    }
    return Math.min(99, progress.getPercent());
  }

  public ImportProgress getProgress() {
    return progress;
  }

  public EnrolmentImport.Report getReport() {
    return report;
  }

  /** The report's rows, or only the rejected ones. */
  public List<EnrolmentImport.RowResult> getRows() {
    if (report == null) {
      return List.of();
    }
    return rejectedOnly
        ? report.rows().stream().filter(r -> !r.accepted()).toList()
        : report.rows();
  }

  public String getFileName() {
    return fileName;
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }

  public int getMaxRows() {
    return EnrolmentImport.MAX_ROWS;
  }

  public boolean isRejectedOnly() {
    return rejectedOnly;
  }

  public void setRejectedOnly(boolean rejectedOnly) {
    this.rejectedOnly = rejectedOnly;
  }

  private static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return MessageFormat.format(bundle.getString(key), args);
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }
}
