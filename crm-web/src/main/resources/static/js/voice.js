// Draws the voice dashboard's charts from the tables beside them (the CSP forbids inline scripts).
document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) {
        return;
    }
    var labels = document.getElementById('voice-labels');
    function rows(tableId) {
        return Array.prototype.slice.call(document.querySelectorAll('#' + tableId + ' tbody tr')).filter(function (row) {
            return row.querySelector('[data-value]');
        });
    }
    function column(list, index) {
        return list.map(function (row) { return Number(row.querySelectorAll('[data-value]')[index].getAttribute('data-value')); });
    }
    function names(list) {
        return list.map(function (row) { return row.querySelector('.label').textContent; });
    }
    function draw(canvasId, config) {
        var canvas = document.getElementById(canvasId);
        if (canvas) {
            new window.Chart(canvas, config);
        }
    }
    var weeks = rows('weeks-table');
    draw('weeks-chart', {
        type: 'bar',
        data: {labels: names(weeks), datasets: [
            {label: labels.getAttribute('data-positive'), data: column(weeks, 0), backgroundColor: '#34d399'},
            {label: labels.getAttribute('data-neutral'), data: column(weeks, 1), backgroundColor: '#94a3b8'},
            {label: labels.getAttribute('data-negative'), data: column(weeks, 2), backgroundColor: '#c2410c'}]},
        options: {animation: false, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}}}
    });
    ['channel', 'category', 'theme'].forEach(function (block) {
        var list = rows(block + '-table');
        draw(block + '-chart', {
            type: 'bar',
            data: {labels: names(list), datasets: [
                {label: labels.getAttribute('data-items'), data: column(list, 0), backgroundColor: '#1f2a44'},
                {label: labels.getAttribute('data-negative'), data: column(list, 1), backgroundColor: '#c2410c'}]},
            options: {animation: false, indexAxis: 'y', scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
        });
    });
});
