package org.skillfund.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;

/** The training product catalogue; anyone, signed in or not, may read it. */
@Stateless
@PermitAll
public class CatalogService {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /** Products matching the query, ordered by code. */
  public Page<TrainingProduct> search(ProductQuery query, PageRequest request) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (query.text() != null) {
      where.append(
          " AND (LOWER(p.code) LIKE :text ESCAPE '\\' OR LOWER(p.title) LIKE :text ESCAPE '\\')");
      parameters.put("text", query.likePattern());
    }
    if (query.type() != null) {
      where.append(" AND p.type = :type");
      parameters.put("type", query.type());
    }
    if (query.aqfLevel() != null) {
      where.append(" AND p.aqfLevel = :aqfLevel");
      parameters.put("aqfLevel", query.aqfLevel());
    }
    if (query.status() != null) {
      where.append(" AND p.status = :status");
      parameters.put("status", query.status());
    }
    TypedQuery<TrainingProduct> select =
        em.createQuery(
            "SELECT p FROM TrainingProduct p" + where + " ORDER BY p.code", TrainingProduct.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(p) FROM TrainingProduct p" + where, Long.class);
    parameters.forEach(select::setParameter);
    parameters.forEach(count::setParameter);
    List<TrainingProduct> items =
        select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }

  /** The product with this national code, if the catalogue has it. */
  public Optional<TrainingProduct> find(String code) {
    return Optional.ofNullable(em.find(TrainingProduct.class, code));
  }

  /** The products this one superseded (those that name it as their successor). */
  public List<TrainingProduct> supersededBy(String code) {
    return em.createQuery(
            "SELECT p FROM TrainingProduct p WHERE p.supersededBy = :code ORDER BY p.code",
            TrainingProduct.class)
        .setParameter("code", code)
        .getResultList();
  }
}
