package io.dangol.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void emailsAreStrippedAndLowerCased() {
        assertThat(EmailAddress.parse("  Kim.MinJun@Naver.COM ").value()).isEqualTo("kim.minjun@naver.com");
        assertThat(EmailAddress.tryParse("not an email")).isEmpty();
        assertThat(EmailAddress.tryParse("a@b")).isEmpty();
        assertThatThrownBy(() -> new EmailAddress("Upper@Example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wonHasNoMinorUnit() {
        Money price = Money.of(new BigDecimal("12999.6"), Money.KRW);
        assertThat(price.amount()).isEqualByComparingTo("13000");
        assertThat(price.times(3).minus(Money.won(39_000)).amount()).isZero();
    }

    @Test
    void moneyInDifferentCurrenciesDoesNotAdd() {
        Money dollars = Money.of(new BigDecimal("1.50"), Currency.getInstance("USD"));
        assertThat(dollars.amount()).isEqualByComparingTo("1.50");
        assertThatThrownBy(() -> Money.won(1).plus(dollars)).hasMessageContaining("USD");
    }

    @Test
    void customerIdsArePositive() {
        assertThatThrownBy(() -> CustomerId.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CustomerId.of(7)).isEqualTo(new CustomerId(7));
    }
}
