package org.skillfund.provider;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An Australian Business Number: 11 digits that pass the ABR's weighted check (modulus 89). */
@Documented
@Constraint(validatedBy = AbnValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Abn {
  String message() default "{skillfund.provider.abn}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
