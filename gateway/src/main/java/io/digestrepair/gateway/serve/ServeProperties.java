package io.digestrepair.gateway.serve;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param revalidate how long a served body is trusted before the store is asked whether it changed
 *                   (changes made by this instance are seen at once; other replicas' within this time)
 */
@ConfigurationProperties("gateway.serve")
public record ServeProperties(@Bindable(defaultValue = "1s") Duration revalidate) {
}
