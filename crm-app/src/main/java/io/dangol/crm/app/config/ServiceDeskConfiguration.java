package io.dangol.crm.app.config;

import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.contact.LogContact;
import io.dangol.crm.customer.AnnounceCall;
import io.dangol.crm.customer.CallTickets;
import io.dangol.crm.servicecase.AnswerCase;
import io.dangol.crm.servicecase.AssignCase;
import io.dangol.crm.servicecase.CloseCase;
import io.dangol.crm.servicecase.DueTimes;
import io.dangol.crm.servicecase.MoveCase;
import io.dangol.crm.servicecase.OpenCase;
import io.dangol.crm.servicecase.ServiceCaseSeverity;
import io.dangol.crm.servicecase.ServiceCases;
import io.dangol.crm.servicecase.ServiceHours;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service desk: its working hours and due times from the settings ({@code crm.service.*}), and its use cases. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskConfiguration {

    @Bean
    DueTimes dueTimes(CrmProperties properties) {
        CrmProperties.Service desk = properties.service();
        Set<LocalDate> holidays = new HashSet<>(ServiceHours.koreanHolidays());
        desk.holidays().stream().map(String::strip).filter(day -> !day.isEmpty()).map(LocalDate::parse).forEach(holidays::add);
        ServiceHours hours = new ServiceHours(properties.timeZone(), LocalTime.parse(desk.opens()), LocalTime.parse(desk.closes()),
                desk.workingDays(), holidays);
        return new DueTimes(bySeverity(desk.firstResponse(), "first-response"), bySeverity(desk.resolution(), "resolution"), hours);
    }

    @Bean
    OpenCase openCase(ServiceCases cases, AppUsers users, DueTimes dueTimes, Transactions transactions, Clock clock) {
        return new OpenCase(cases, users, dueTimes, transactions, clock);
    }

    @Bean
    MoveCase moveCase(ServiceCases cases, DueTimes dueTimes, Transactions transactions, Clock clock) {
        return new MoveCase(cases, dueTimes, transactions, clock);
    }

    @Bean
    CloseCase closeCase(ServiceCases cases, Transactions transactions, Clock clock) {
        return new CloseCase(cases, transactions, clock);
    }

    @Bean
    AssignCase assignCase(ServiceCases cases, AppUsers users, Transactions transactions, Clock clock) {
        return new AssignCase(cases, users, transactions, clock);
    }

    @Bean
    AnswerCase answerCase(ServiceCases cases, LogContact logContact, Transactions transactions, Clock clock) {
        return new AnswerCase(cases, logContact, transactions, clock);
    }

    @Bean
    AnnounceCall announceCall(CallTickets tickets, Clock clock) {
        return new AnnounceCall(tickets, clock);
    }

    /** Four durations in the order urgent, high, normal, low. */
    private static Map<ServiceCaseSeverity, Duration> bySeverity(List<Duration> times, String setting) {
        if (times.size() != 4) {
            throw new IllegalArgumentException("crm.service." + setting + " lists four durations: urgent, high, normal, low");
        }
        return Map.of(ServiceCaseSeverity.URGENT, times.get(0), ServiceCaseSeverity.HIGH, times.get(1),
                ServiceCaseSeverity.NORMAL, times.get(2), ServiceCaseSeverity.LOW, times.get(3));
    }
}
