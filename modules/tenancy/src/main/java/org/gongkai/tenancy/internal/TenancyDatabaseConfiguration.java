package org.gongkai.tenancy.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.hibernate.cfg.MultiTenancySettings;

/**
 * Three ways into the one database. The owner credential (never a bean) sets up and
 * migrates. The runtime role reaches it through two pools: {@code dataSource} for town
 * data, where every connection is switched to the current town's role and schema by
 * Hibernate's connection provider, and {@code platformDataSource} for the
 * {@code platform} schema, kept apart so that platform reads inside a town transaction
 * never borrow the town's connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyDatabaseConfiguration {

	/**
	 * Bean names other modules rely on for the {@code platform} schema (see
	 * docs/adr/0001).
	 */
	static final String PLATFORM_DATA_SOURCE = "platformDataSource";

	static final String PLATFORM_TRANSACTION_MANAGER = "platformTransactionManager";

	@Bean
	OwnerDatabase ownerDatabase(JdbcConnectionDetails details) {
		return new OwnerDatabase(details);
	}

	@Bean
	LiquibaseRunner liquibaseRunner() {
		return new LiquibaseRunner();
	}

	@Bean
	DatabaseRoles databaseRoles(OwnerDatabase owner, TenancyProperties properties) {
		String prefix = (properties.rolePrefix() != null) ? properties.rolePrefix()
				: owner.currentDatabase().toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_";
		return new DatabaseRoles(prefix, (properties.appUser() != null) ? properties.appUser() : prefix + "app");
	}

	@Bean
	PlatformSchema platformSchema(OwnerDatabase owner, DatabaseRoles roles, LiquibaseRunner liquibase,
			TenancyProperties properties) {
		var schema = new PlatformSchema(owner, roles, liquibase);
		schema.prepare(properties.appPassword());
		return schema;
	}

	@Bean
	@Primary
	HikariDataSource dataSource(JdbcConnectionDetails details, DatabaseRoles roles, TenancyProperties properties,
			PlatformSchema ready) {
		return runtimePool("town", details, roles, properties, properties.poolSize());
	}

	@Bean(PLATFORM_DATA_SOURCE)
	HikariDataSource platformDataSource(JdbcConnectionDetails details, DatabaseRoles roles,
			TenancyProperties properties, PlatformSchema ready) {
		return runtimePool("platform", details, roles, properties, properties.platformPoolSize());
	}

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

	@Bean(PLATFORM_TRANSACTION_MANAGER)
	DataSourceTransactionManager platformTransactionManager(@Qualifier(PLATFORM_DATA_SOURCE) DataSource platform) {
		return new DataSourceTransactionManager(platform);
	}

	@Bean
	JdbcClient platformJdbc(@Qualifier(PLATFORM_DATA_SOURCE) DataSource platform) {
		return JdbcClient.create(platform);
	}

	@Bean
	HibernatePropertiesCustomizer schemaPerTownHibernate(TenantConnectionProvider connections,
			TenantIdentifierResolver resolver) {
		return properties -> {
			properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
			properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
		};
	}

	private static HikariDataSource runtimePool(String name, JdbcConnectionDetails details, DatabaseRoles roles,
			TenancyProperties properties, int size) {
		var pool = new HikariDataSource();
		pool.setPoolName(name);
		pool.setJdbcUrl(details.getJdbcUrl());
		pool.setUsername(roles.appRole());
		pool.setPassword(properties.appPassword());
		pool.setMaximumPoolSize(size);
		pool.setMinimumIdle(1);
		return pool;
	}

}
