package org.skillfund.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query over one entity with optional conditions, read one page at a time together with the
 * total count. Conditions whose value is null are left out, so no query binds a null parameter
 * (PostgreSQL cannot type {@code :p IS NULL}).
 */
public final class PagedQuery<T> {

  private final EntityManager em;
  private final Class<T> type;
  private final String alias;
  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private PagedQuery(EntityManager em, Class<T> type, String alias) {
    this.em = em;
    this.type = type;
    this.alias = alias;
  }

  /** A query over every {@code type}, named {@code alias} in the conditions. */
  public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias) {
    return new PagedQuery<>(em, type, alias);
  }

  /** Adds {@code condition} (which uses {@code :name}) when {@code value} is not null. */
  public PagedQuery<T> where(String condition, String name, Object value) {
    if (value != null) {
      where.append(" AND (").append(condition).append(')');
      parameters.put(name, value);
    }
    return this;
  }

  /** The requested page in {@code orderBy} order, with the number of all matching rows. */
  public Page<T> page(String orderBy, PageRequest request) {
    String from = " FROM " + type.getSimpleName() + " " + alias + where;
    TypedQuery<T> select =
        em.createQuery("SELECT " + alias + from + " ORDER BY " + orderBy, type)
            .setFirstResult(request.offset())
            .setMaxResults(request.size());
    parameters.forEach(select::setParameter);
    List<T> items = select.getResultList();
    // A first page that is not full is the whole list: no need to count it.
    if (request.page() == 0 && items.size() < request.size()) {
      return new Page<>(items, request.page(), request.size(), items.size());
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
    parameters.forEach(count::setParameter);
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }
}
