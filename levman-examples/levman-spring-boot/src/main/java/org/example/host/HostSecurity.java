package org.example.host;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call: every {@code /api} request is authenticated (HTTP Basic here; the host's own
 * single sign-on in production), and the acting person is the authenticated principal, never a
 * field of the request. Health is open.
 */
@Configuration(proxyBeanMethods = false)
class HostSecurity {

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(c -> c.disable()) // a stateless API called with credentials on every request
        .build();
  }

  @Bean
  InMemoryUserDetailsManager people(@Value("${host.demo-password}") String password) {
    return new InMemoryUserDetailsManager(
        User.withUsername("ann").password("{noop}" + password).roles("USER").build(),
        User.withUsername("lars").password("{noop}" + password).roles("USER").build(),
        User.withUsername("dirk").password("{noop}" + password).roles("USER").build());
  }
}
