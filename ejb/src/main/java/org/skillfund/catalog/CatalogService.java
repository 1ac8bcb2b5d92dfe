package org.skillfund.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;

/**
 * The training product catalogue; anyone, signed in or not, may read it. Reads need no transaction
 * of their own (the catalogue changes only when the register extract is imported).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /** Products matching the query, ordered by code. */
  public Page<TrainingProduct> search(ProductQuery query, PageRequest request) {
    return PagedQuery.of(em, TrainingProduct.class, "p")
        .where(
            "LOWER(p.code) LIKE :text ESCAPE '\\' OR LOWER(p.title) LIKE :text ESCAPE '\\'",
            "text",
            query.likePattern())
        .where("p.type = :type", "type", query.type())
        .where("p.aqfLevel = :aqfLevel", "aqfLevel", query.aqfLevel())
        .where("p.status = :status", "status", query.status())
        .page("p.code", request);
  }

  /** The product with this national code, if the catalogue has it, with its priority states. */
  public Optional<TrainingProduct> find(String code) {
    TrainingProduct product = em.find(TrainingProduct.class, code);
    if (product != null) {
      product.getJobTrainerPriorityStates().size();
    }
    return Optional.ofNullable(product);
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
