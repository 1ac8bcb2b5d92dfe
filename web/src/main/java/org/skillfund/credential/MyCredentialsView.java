package org.skillfund.credential;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A learner's credentials, with download and progress towards qualifications they give credit. */
@Named
@ViewScoped
public class MyCredentialsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CredentialService credentials;

  /**
   * One credential as listed.
   *
   * @param credential the issued credential
   * @param title its achievement's name
   */
  public record Row(IssuedCredential credential, String title) implements Serializable {}

  /**
   * Credit earned towards one qualification or skill set.
   *
   * @param code the qualification or skill set
   * @param units the units of competency the learner's credentials cover
   * @param from the micro-credentials that give it
   */
  public record Progress(String code, List<String> units, List<String> from)
      implements Serializable {}

  private List<Row> rows = List.of();
  private List<Progress> progress = List.of();

  @PostConstruct
  void load() {
    List<Row> found = new ArrayList<>();
    Map<String, Set<String>> units = new LinkedHashMap<>();
    Map<String, Set<String>> from = new LinkedHashMap<>();
    for (IssuedCredential c : credentials.mine()) {
      MicroCredentialContent content = credentials.achievement(c.getId());
      found.add(new Row(c, content.getTitle()));
      if (c.isRevoked()) {
        continue;
      }
      for (String code : content.getCreditTowards()) {
        units.computeIfAbsent(code, k -> new LinkedHashSet<>()).addAll(content.getUnits());
        from.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(content.getTitle());
      }
    }
    rows = found;
    progress =
        units.entrySet().stream()
            .map(
                e ->
                    new Progress(
                        e.getKey(), List.copyOf(e.getValue()), List.copyOf(from.get(e.getKey()))))
            .toList();
  }

  /** The signed credential as a file. */
  public StreamedContent download(IssuedCredential c) {
    byte[] jwt = credentials.find(c.getId()).getSignedJwt().getBytes(StandardCharsets.US_ASCII);
    return DefaultStreamedContent.builder()
        .name("credential-" + c.getId() + ".jwt")
        .contentType("application/vc+jwt")
        .contentLength((long) jwt.length)
        .stream(() -> new ByteArrayInputStream(jwt))
        .build();
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Progress> getProgress() {
    return progress;
  }
}
