package io.dangol.crm;

import io.dangol.crm.web.WebSliceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The root configuration {@code @WebMvcTest} finds searching upwards from any feature's web package. */
@SpringBootApplication
@Import(WebSliceApplication.class)
public class WebSlices {
}
