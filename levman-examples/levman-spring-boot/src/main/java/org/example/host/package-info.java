/** An integrator's Spring Boot service that embeds Levman: the glue an integrator writes. */
package org.example.host;
