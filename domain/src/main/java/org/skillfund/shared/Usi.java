package org.skillfund.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Unique Student Identifier: 10 characters from 2-9 and A-Z without I and O, the last a Luhn mod
 * 32 check character over the first nine (see {@link UsiValidator}).
 */
@Documented
@Constraint(validatedBy = UsiValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Usi {
  String message() default "{skillfund.shared.usi}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
