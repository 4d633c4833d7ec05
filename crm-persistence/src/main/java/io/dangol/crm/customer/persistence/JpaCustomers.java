package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.Customer;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.customer.Customers;
import io.dangol.crm.shared.CustomerId;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JpaCustomers implements Customers {

    private final CustomerRepository repository;

    JpaCustomers(CustomerRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public Customer save(Customer customer) {
        CustomerEntity entity = customer.id()
                .map(id -> repository.findById(id.value()).orElseThrow(() -> new CustomerNotFound(id)))
                .orElseGet(() -> CustomerEntity.from(customer));
        entity.apply(customer);
        return repository.saveAndFlush(entity).toDomain();
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return repository.findById(id.value()).map(CustomerEntity::toDomain);
    }

    @Override
    public long count() {
        return repository.count();
    }
}
